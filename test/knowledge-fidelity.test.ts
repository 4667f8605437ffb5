import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/config.js';
import type { CareerEngine } from '../src/engine.js';
import { checkAgainstArticle, MIN_OVERLAP, type StatementCheck } from '../src/knowledge/fidelity.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { createEngine, KNOWLEDGE_DIR, tempDir } from './support/engine.js';

// What the knowledge attributes to the article must be what the article says. The seed article
// lives in shared/ beside the repository, as it does in CI.
const ARTICLE = path.join(PACKAGE_ROOT, '..', 'shared', 'seeds', '000_6c8484c3ac89e786.txt');

interface Allowed {
  path: string;
  starts: string;
  reason: string;
}

async function unsupported(dir: string): Promise<{ failing: StatementCheck[]; unusedAllowances: Allowed[] }> {
  const allowed = JSON.parse(
    await readFile(path.join(PACKAGE_ROOT, 'test', 'fidelity-allowlist.json'), 'utf8'),
  ) as Allowed[];
  const checks = checkAgainstArticle(await loadKnowledge(dir), await readFile(ARTICLE, 'utf8'));
  const allows = (c: StatementCheck) => (a: Allowed) => a.path === c.path && c.sentence.startsWith(a.starts);
  const low = checks.filter((c) => c.overlap < MIN_OVERLAP);
  return {
    failing: low.filter((c) => !allowed.some(allows(c))),
    unusedAllowances: allowed.filter((a) => !low.some((c) => allows(c)(a))),
  };
}

describe('fidelity to the source article', () => {
  it('every statement attributed to the article is supported by one of its paragraphs', async () => {
    const { failing, unusedAllowances } = await unsupported(KNOWLEDGE_DIR);
    expect(failing.map((c) => `${c.path} (${c.where}): ${c.sentence} [missing: ${c.missing.join(', ')}]`)).toEqual([]);
    expect(unusedAllowances).toEqual([]);
  });

  it('fails on an overstated or invented sentence', async () => {
    const dir = await tempDir('fidelity');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    const berlin = path.join(dir, 'sources', 'berlin.md');
    await writeFile(
      berlin,
      `${await readFile(berlin, 'utf8')}\nBerlin doubled its museum budget and now leads Europe in smart-city hiring.\n`,
    );
    const { failing } = await unsupported(dir);
    expect(failing.map((c) => c.sentence)).toEqual([
      'Berlin doubled its museum budget and now leads Europe in smart-city hiring.',
    ]);
  });
});

describe('corrected claims', () => {
  let engine: CareerEngine;
  beforeAll(async () => {
    engine = await createEngine();
  });
  const doc = (id: string) => engine.kb.byId.get(id)!;

  it('no role is called "hybrid" by the article; the seven described roles are jobs "potentially created"', () => {
    expect(doc('business-transformation-practitioner').body).not.toMatch(/hybrid/i);
    for (const role of engine.kb.roles.filter((r) => r.source === 'article'))
      expect(role.body, role.id).toMatch(/jobs potentially created/);
  });

  it('Berlin "sought to improve", cities "going out of their way", Chula Vista\'s "educational" partnerships in their own voices', () => {
    expect(doc('berlin').title).not.toMatch(/attracts/);
    expect(doc('berlin').summary).toMatch(/sought to improve/);
    expect(doc('hamburg-hafencity').body).toMatch(/going out of their way/);
    expect(doc('hamburg-hafencity').body).not.toMatch(/compete/);
    expect(doc('chula-vista').summary).toMatch(/private-public educational partnerships/);
    expect(doc('chula-vista').body).toMatch(/^In its own voice, the article says/);
  });

  it("the skills list keeps its hedges; the hybrid-jobs forecast is one person's, not Cisco's", () => {
    expect(doc('smart-city-skills-profile').summary).toMatch(/quick survey of a few online job descriptions/);
    expect(doc('smart-city-skills-profile').summary).toMatch(/more common skill sets/);
    expect(doc('hybrid-jobs').title).toMatch(/Jeanne Beliveau-Dunn/);
    expect(doc('hybrid-jobs').aliases).not.toContain('cisco');
  });

  it('the market figure is a forecast, made about 2019, for a year now past; the article and its date can be cited', async () => {
    const a = await engine.ask('how big is the smart city market?');
    expect(a.body).toMatch(/757\.74 billion by 2020/);
    expect(a.body).toMatch(/forecast for a year now past/);
    const when = await engine.ask('when was the source article written?');
    expect(when.sources[0]!.id).toBe('source-article');
    expect(when.body).toMatch(/Career Opportunities Abound in Smart Cities/);
    expect(when.body).toMatch(/about 2019/);
  });

  it('team files make no unsourced medical claims and name no vendors', () => {
    expect(doc('neuro-implant-technician').body).not.toMatch(/supervision|restore hearing/i);
    expect(`${doc('cloud-architect').summary} ${doc('cloud-architect').body}`).not.toMatch(/AWS|Azure|Google/);
    expect(doc('urban-mechanic').summary).not.toMatch(/between residents and the city/);
  });
});
