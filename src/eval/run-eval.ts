import path from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig, PACKAGE_ROOT } from '../config.js';
import { createLogger } from '../logger.js';
import { type EvalSet, readEvalSet } from './eval-sets.js';
import { evaluateSet, type SetResult } from './evaluate.js';

const fmt = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));

const COLUMNS: [string, (r: SetResult) => string][] = [
  ['questions', (r) => String(r.metrics.questions)],
  ['role hit@1', (r) => fmt(r.metrics.hitAt1)],
  ['BM25 hit@1', (r) => fmt(r.baseline.hitAt1)],
  ['hit@3', (r) => fmt(r.metrics.hitAt3)],
  ['BM25 hit@3', (r) => fmt(r.baseline.hitAt3)],
  ['MRR', (r) => fmt(r.metrics.mrr)],
  ['off-topic declined', (r) => fmt(r.metrics.offTopicDecline)],
  ['false declines', (r) => fmt(r.metrics.falseDecline)],
  ['honest gap', (r) => fmt(r.metrics.gap)],
  ['help', (r) => fmt(r.metrics.help)],
  ['follow-ups', (r) => fmt(r.metrics.followUp)],
  ['text recall', (r) => fmt(r.metrics.textRecall)],
  ['cited', (r) => fmt(r.metrics.citedWhenGrounded)],
  ['lookups', (r) => `${fmt(r.metrics.lookupAccuracy)} (${r.lookups.length})`],
];

function table(results: SetResult[]): string {
  const header = ['set', ...COLUMNS.map(([name]) => name)];
  const rows = results.map((r) => [r.set.name, ...COLUMNS.map(([, value]) => value(r))]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The failures of a set, one line each; the held-out part's are printed only when asked for. */
function failures(r: SetResult): string[] {
  const lines = r.outcomes
    .filter((o) => o.failures.length)
    .map(
      (o) => `FAIL ${o.case.id} [${o.case.kind}] ${JSON.stringify(o.case.turns.join(' / '))}: ${o.failures.join('; ')}`,
    );
  for (const l of r.lookups)
    if (!l.correct) lines.push(`FAIL lookup ${JSON.stringify(l.case.q)}: got ${l.got}, want ${l.case.id}`);
  return lines;
}

async function main(): Promise<void> {
  const showHeldOut = process.argv.includes('--show-heldout');
  const quiet = process.argv.includes('--quiet');
  const config = loadConfig();
  const app = await buildApp(config, createLogger(config.logLevel ?? 'warn'));
  const sets = [
    readEvalSet('tuning (test/eval/tune)', path.join(PACKAGE_ROOT, 'test', 'eval', 'tune')),
    readEvalSet('held-out (test/eval/heldout)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout')),
    readEvalSet('held-out 2 (test/eval/heldout2)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout2')),
    readEvalSet('held-out 3 (test/eval/heldout3)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout3')),
    readEvalSet('held-out 4 (test/eval/heldout4)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout4')),
    readEvalSet('held-out 5 (test/eval/heldout5)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout5')),
    readEvalSet('held-out 6 (test/eval/heldout6)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout6')),
    readEvalSet('held-out 7 (test/eval/heldout7)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout7')),
    readEvalSet('held-out 8 (test/eval/heldout8)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout8')),
    readEvalSet('held-out 9 (test/eval/heldout9)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout9')),
    readEvalSet('held-out 10 (test/eval/heldout10)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout10')),
    readEvalSet('held-out 11 (test/eval/heldout11)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout11')),
    readEvalSet('held-out 12 (test/eval/heldout12)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout12')),
    readEvalSet('held-out 13 (test/eval/heldout13)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout13')),
    readEvalSet('held-out 14 (test/eval/heldout14)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout14')),
    readEvalSet('held-out 15 (test/eval/heldout15)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout15')),
    readEvalSet('held-out 16 (test/eval/heldout16)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout16')),
    readEvalSet('held-out 17 (test/eval/heldout17)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout17')),
    readEvalSet('held-out 18 (test/eval/heldout18)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout18')),
    readEvalSet('held-out 19 (test/eval/heldout19)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout19')),
    readEvalSet('held-out 20 (test/eval/heldout20)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout20')),
    readEvalSet('held-out 21 (test/eval/heldout21)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout21')),
    readEvalSet('held-out 22 (test/eval/heldout22)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout22')),
    readEvalSet('held-out 23 (test/eval/heldout23)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout23')),
    readEvalSet('held-out 24 (test/eval/heldout24)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout24')),
    readEvalSet('held-out 25 (test/eval/heldout25)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout25')),
    readEvalSet('held-out 26 (test/eval/heldout26)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout26')),
    readEvalSet('held-out 27 (test/eval/heldout27)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout27')),
    readEvalSet('held-out 28 (test/eval/heldout28)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout28')),
    readEvalSet('held-out 29 (test/eval/heldout29)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout29')),
    readEvalSet('held-out 30 (test/eval/heldout30)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout30')),
    readEvalSet('held-out 31 (test/eval/heldout31)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout31')),
    readEvalSet('held-out 32 (test/eval/heldout32)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout32')),
    readEvalSet('held-out 33 (test/eval/heldout33)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout33')),
    readEvalSet('held-out 34 (test/eval/heldout34)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout34')),
    readEvalSet('held-out 35 (test/eval/heldout35)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout35')),
    readEvalSet('held-out 36 (test/eval/heldout36)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout36')),
    readEvalSet('held-out 37 (test/eval/heldout37)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout37')),
    readEvalSet('held-out 38 (test/eval/heldout38)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout38')),
    readEvalSet('held-out 39 (test/eval/heldout39)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout39')),
    readEvalSet('held-out 40 (test/eval/heldout40)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout40')),
    readEvalSet('held-out 41 (test/eval/heldout41)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout41')),
    readEvalSet('held-out 42 (test/eval/heldout42)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout42')),
    readEvalSet('held-out 43 (test/eval/heldout43)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout43')),
    readEvalSet('held-out 44 (test/eval/heldout44)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout44')),
    readEvalSet('held-out 45 (test/eval/heldout45)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout45')),
    readEvalSet('held-out 46 (test/eval/heldout46)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout46')),
    readEvalSet('held-out 47 (test/eval/heldout47)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout47')),
    readEvalSet('held-out 48 (test/eval/heldout48)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout48')),
    readEvalSet('held-out 49 (test/eval/heldout49)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout49')),
    readEvalSet('held-out 50 (test/eval/heldout50)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout50')),
    readEvalSet('held-out 51 (test/eval/heldout51)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout51')),
    readEvalSet('held-out 52 (test/eval/heldout52)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout52')),
    readEvalSet('held-out 53 (test/eval/heldout53)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout53')),
    readEvalSet('held-out 54 (test/eval/heldout54)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout54')),
    readEvalSet('held-out 55 (test/eval/heldout55)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout55')),
    readEvalSet('held-out 56 (test/eval/heldout56)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout56')),
    readEvalSet('held-out 57 (test/eval/heldout57)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout57')),
    readEvalSet('held-out 58 (test/eval/heldout58)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout58')),
    readEvalSet('held-out 59 (test/eval/heldout59)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout59')),
    readEvalSet('held-out 60 (test/eval/heldout60)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout60')),
    readEvalSet('held-out 61 (test/eval/heldout61)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout61')),
    readEvalSet('held-out 62 (test/eval/heldout62)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout62')),
    readEvalSet('held-out 63 (test/eval/heldout63)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout63')),
    readEvalSet('held-out 64 (test/eval/heldout64)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout64')),
    readEvalSet('held-out 65 (test/eval/heldout65)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout65')),
    readEvalSet('held-out 66 (test/eval/heldout66)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout66')),
    readEvalSet('held-out 67 (test/eval/heldout67)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout67')),
    readEvalSet('held-out 68 (test/eval/heldout68)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout68')),
    readEvalSet('held-out 69 (test/eval/heldout69)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout69')),
    readEvalSet('held-out 70 (test/eval/heldout70)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout70')),
    readEvalSet('held-out 71 (test/eval/heldout71)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout71')),
    readEvalSet('held-out 72 (test/eval/heldout72)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout72')),
    readEvalSet('held-out 73 (test/eval/heldout73)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout73')),
    readEvalSet('held-out 74 (test/eval/heldout74)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout74')),
    readEvalSet('held-out 75 (test/eval/heldout75)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout75')),
    readEvalSet('held-out 76 (test/eval/heldout76)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout76')),
    readEvalSet('held-out 77 (test/eval/heldout77)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout77')),
    readEvalSet('held-out 78 (test/eval/heldout78)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout78')),
    readEvalSet('held-out 79 (test/eval/heldout79)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout79')),
    readEvalSet('held-out 80 (test/eval/heldout80)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout80')),
    readEvalSet('held-out 81 (test/eval/heldout81)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout81')),
    readEvalSet('held-out 82 (test/eval/heldout82)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout82')),
    readEvalSet('held-out 83 (test/eval/heldout83)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout83')),
    readEvalSet('held-out 84 (test/eval/heldout84)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout84')),
    readEvalSet('held-out 85 (test/eval/heldout85)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout85')),
    readEvalSet('held-out 86 (test/eval/heldout86)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout86')),
    readEvalSet('held-out 87 (test/eval/heldout87)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout87')),
    readEvalSet('held-out 88 (test/eval/heldout88)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout88')),
    readEvalSet('held-out 89 (test/eval/heldout89)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout89')),
    readEvalSet('held-out 90 (test/eval/heldout90)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout90')),
    readEvalSet('held-out 91 (test/eval/heldout91)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout91')),
    readEvalSet('held-out 92 (test/eval/heldout92)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout92')),
    readEvalSet('held-out 93 (test/eval/heldout93)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout93')),
    readEvalSet('held-out 94 (test/eval/heldout94)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout94')),
    readEvalSet('held-out 95 (test/eval/heldout95)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout95')),
    readEvalSet('held-out 96 (test/eval/heldout96)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout96')),
    readEvalSet('held-out 97 (test/eval/heldout97)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout97')),
    readEvalSet('held-out 98 (test/eval/heldout98)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout98')),
    readEvalSet('held-out 99 (test/eval/heldout99)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout99')),
    readEvalSet('held-out 100 (test/eval/heldout100)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout100')),
    readEvalSet('held-out 101 (test/eval/heldout101)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout101')),
    readEvalSet('held-out 102 (test/eval/heldout102)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout102')),
    readEvalSet('held-out 103 (test/eval/heldout103)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout103')),
    readEvalSet('held-out 104 (test/eval/heldout104)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout104')),
    readEvalSet('held-out 105 (test/eval/heldout105)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout105')),
    readEvalSet('held-out 106 (test/eval/heldout106)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout106')),
    readEvalSet('held-out 107 (test/eval/heldout107)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout107')),
    readEvalSet('held-out 108 (test/eval/heldout108)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout108')),
    readEvalSet('held-out 109 (test/eval/heldout109)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout109')),
    readEvalSet('held-out 110 (test/eval/heldout110)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout110')),
    readEvalSet('held-out 111 (test/eval/heldout111)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout111')),
    readEvalSet('held-out 112 (test/eval/heldout112)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout112')),
    readEvalSet('held-out 113 (test/eval/heldout113)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout113')),
    readEvalSet('held-out 114 (test/eval/heldout114)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout114')),
    readEvalSet('held-out 115 (test/eval/heldout115)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout115')),
    readEvalSet('held-out 116 (test/eval/heldout116)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout116')),
    readEvalSet('held-out 117 (test/eval/heldout117)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout117')),
    readEvalSet('held-out 118 (test/eval/heldout118)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout118')),
    readEvalSet('held-out 119 (test/eval/heldout119)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout119')),
    readEvalSet('held-out 120 (test/eval/heldout120)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout120')),
    readEvalSet('held-out 121 (test/eval/heldout121)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout121')),
    readEvalSet('held-out 122 (test/eval/heldout122)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout122')),
    readEvalSet('held-out 123 (test/eval/heldout123)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout123')),
    readEvalSet('held-out 124 (test/eval/heldout124)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout124')),
    readEvalSet('held-out 125 (test/eval/heldout125)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout125')),
    readEvalSet('held-out 126 (test/eval/heldout126)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout126')),
    readEvalSet('held-out 127 (test/eval/heldout127)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout127')),
    readEvalSet('held-out 128 (test/eval/heldout128)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout128')),
    readEvalSet('held-out 129 (test/eval/heldout129)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout129')),
    readEvalSet('held-out 130 (test/eval/heldout130)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout130')),
    readEvalSet('held-out 131 (test/eval/heldout131)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout131')),
    readEvalSet('held-out 132 (test/eval/heldout132)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout132')),
    readEvalSet('held-out 133 (test/eval/heldout133)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout133')),
    readEvalSet('held-out 134 (test/eval/heldout134)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout134')),
    readEvalSet('held-out 135 (test/eval/heldout135)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout135')),
    readEvalSet('held-out 136 (test/eval/heldout136)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout136')),
    readEvalSet('held-out 137 (test/eval/heldout137)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout137')),
    readEvalSet('held-out 138 (test/eval/heldout138)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout138')),
    readEvalSet('held-out 139 (test/eval/heldout139)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout139')),
    readEvalSet('held-out 140 (test/eval/heldout140)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout140')),
    readEvalSet('held-out 141 (test/eval/heldout141)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout141')),
    readEvalSet('held-out 142 (test/eval/heldout142)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout142')),
    readEvalSet('held-out 143 (test/eval/heldout143)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout143')),
    readEvalSet('held-out 144 (test/eval/heldout144)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout144')),
    readEvalSet('held-out 145 (test/eval/heldout145)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout145')),
    readEvalSet('held-out 146 (test/eval/heldout146)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout146')),
    readEvalSet('held-out 147 (test/eval/heldout147)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout147')),
    readEvalSet('held-out 148 (test/eval/heldout148)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout148')),
    readEvalSet('held-out 149 (test/eval/heldout149)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout149')),
    readEvalSet('held-out 150 (test/eval/heldout150)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout150')),
    readEvalSet('held-out 151 (test/eval/heldout151)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout151')),
    readEvalSet('held-out 152 (test/eval/heldout152)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout152')),
    readEvalSet('held-out 153 (test/eval/heldout153)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout153')),
    readEvalSet('held-out 154 (test/eval/heldout154)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout154')),
    readEvalSet('held-out 155 (test/eval/heldout155)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout155')),
    readEvalSet('held-out 156 (test/eval/heldout156)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout156')),
    readEvalSet('held-out 157 (test/eval/heldout157)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout157')),
    readEvalSet('held-out 158 (test/eval/heldout158)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout158')),
    readEvalSet('held-out 159 (test/eval/heldout159)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout159')),
    readEvalSet('held-out 160 (test/eval/heldout160)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout160')),
    readEvalSet('held-out 161 (test/eval/heldout161)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout161')),
    readEvalSet('held-out 162 (test/eval/heldout162)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout162')),
    readEvalSet('held-out 163 (test/eval/heldout163)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout163')),
    readEvalSet('held-out 164 (test/eval/heldout164)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout164')),
    readEvalSet('held-out 165 (test/eval/heldout165)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout165')),
    readEvalSet('held-out 166 (test/eval/heldout166)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout166')),
    readEvalSet('held-out 167 (test/eval/heldout167)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout167')),
    readEvalSet('held-out 168 (test/eval/heldout168)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout168')),
    readEvalSet('held-out 169 (test/eval/heldout169)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout169')),
    readEvalSet('held-out 170 (test/eval/heldout170)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout170')),
    readEvalSet('held-out 171 (test/eval/heldout171)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout171')),
    readEvalSet('held-out 172 (test/eval/heldout172)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout172')),
    readEvalSet('held-out 173 (test/eval/heldout173)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout173')),
    readEvalSet('held-out 174 (test/eval/heldout174)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout174')),
    readEvalSet('held-out 175 (test/eval/heldout175)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout175')),
    readEvalSet('held-out 176 (test/eval/heldout176)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout176')),
    readEvalSet('held-out 177 (test/eval/heldout177)', path.join(PACKAGE_ROOT, 'test', 'eval', 'heldout177')),
    readEvalSet('shared dev (../shared/eval)', path.join(PACKAGE_ROOT, '..', 'shared', 'eval')),
  ].filter((s): s is EvalSet => s !== undefined);

  const results: SetResult[] = [];
  for (const set of sets) {
    const result = await evaluateSet(app.engine, set);
    results.push(result);
    const heldOut = set.name.startsWith('held-out');
    if (!quiet && (!heldOut || showHeldOut)) for (const line of failures(result)) console.log(line);
    if (heldOut && !showHeldOut)
      console.log(`(${failures(result).length} held-out failures not shown: --show-heldout)`);
  }
  console.log(`\n${table(results)}`);
}

await main();
