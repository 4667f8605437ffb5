import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../src/errors.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { KNOWLEDGE_DIR, tempDir } from './support/engine.js';
import { runCli } from './support/run-cli.js';

const ROLE_IDS = [
  'business-transformation-practitioner',
  'customer-maker',
  'urban-mechanic',
  'digital-anthropologist',
  'professional-triber',
  'industrial-network-engineer',
  'alliance-director',
  'robotics-specialist',
  'cyber-security-analyst',
  '3d-print-technician',
  'virtual-reality-designer',
  'sdn-network-programmer',
  'machine-learning-scientist',
  'neuro-implant-technician',
  'platform-developer',
  'cloud-architect',
  'data-scientist',
];
const SKILL_IDS = [
  'data-science-cs-engineering',
  'computer-programming',
  'multithreaded-software-development',
  'distributed-algorithms-and-systems',
  'machine-learning',
  'artificial-intelligence',
  'robotics',
  'research-and-development',
  'data-mining-and-deep-learning',
  'wireless-communication',
  'embedded-software',
  'arm-assembly-and-miniature-electronics',
  'collaborative-communication',
  'blockchain-and-digital-security',
  'p2p-networking',
  'm2m-devices',
];

/** A copy of the real knowledge base in a temp folder, with one file rewritten by `edit`. */
async function knowledgeWith(file: string, edit: (text: string) => string): Promise<string> {
  const dir = await tempDir('kb');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  await writeFile(target, edit(await readFile(target, 'utf8')));
  return dir;
}

async function loadError(dir: string): Promise<KnowledgeError> {
  const err = await loadKnowledge(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(KnowledgeError);
  return err as KnowledgeError;
}

describe('the knowledge base', () => {
  it('has exactly the 17 roles and 16 skills, with the seven described by the article marked as such', async () => {
    const kb = await loadKnowledge(KNOWLEDGE_DIR);
    expect(kb.roles.map((r) => r.id).sort()).toEqual([...ROLE_IDS].sort());
    expect(kb.skills.map((s) => s.id).sort()).toEqual([...SKILL_IDS].sort());
    expect(
      kb.roles
        .filter((r) => r.source === 'article')
        .map((r) => r.id)
        .sort(),
    ).toEqual(ROLE_IDS.slice(0, 7).sort());
    expect(kb.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'smart-city-market',
        'hybrid-jobs',
        'berlin',
        'hamburg-hafencity',
        'chula-vista',
        'iot-talent-consortium',
      ]),
    );
  });

  it('names the file and the field when a required field is missing', async () => {
    const dir = await knowledgeWith('roles/urban-mechanic.md', (t) => t.replace(/^title: .*\n/m, ''));
    const err = await loadError(dir);
    expect(err.file).toContain(path.join('roles', 'urban-mechanic.md'));
    expect(err.field).toBe('title');
  });

  it('rejects a skill reference that no skill file defines', async () => {
    const dir = await knowledgeWith('roles/cloud-architect.md', (t) =>
      t.replace('skills: [', 'skills: [quantum-knitting, '),
    );
    const err = await loadError(dir);
    expect(err.file).toContain('cloud-architect.md');
    expect(err.field).toBe('skills.0');
    expect(err.message).toContain('quantum-knitting');
  });

  it('rejects a related role that does not exist', async () => {
    const dir = await knowledgeWith('roles/data-scientist.md', (t) => t.replace('related: [', 'related: [astronaut, '));
    const err = await loadError(dir);
    expect(err.field).toBe('related.0');
  });

  it('rejects a duplicate id and names both files', async () => {
    const dir = await knowledgeWith('roles/customer-maker.md', (t) =>
      t.replace('id: customer-maker', 'id: urban-mechanic'),
    );
    const err = await loadError(dir);
    expect(err.field).toBe('id');
    expect(err.message).toMatch(/customer-maker\.md.*urban-mechanic\.md|urban-mechanic\.md.*customer-maker\.md/);
  });

  it('reports broken YAML with the file', async () => {
    const dir = await knowledgeWith('skills/robotics.md', (t) =>
      t.replace('aliases: [', 'aliases: [unclosed, '.replace('[', '[[')),
    );
    const err = await loadError(dir);
    expect(err.file).toContain('robotics.md');
    expect(err.field).toBe('front matter');
    expect(err.message).toContain('not valid YAML');
  });

  it('rejects an unknown field and a non-kebab-case id', async () => {
    const typo = await loadError(
      await knowledgeWith('roles/urban-mechanic.md', (t) => t.replace('related:', 'relatd:')),
    );
    expect(typo.field).toContain('relatd');
    const badId = await loadError(
      await knowledgeWith('roles/urban-mechanic.md', (t) => t.replace('id: urban-mechanic', 'id: Urban Mechanic')),
    );
    expect(badId.field).toBe('id');
  });

  it('accepts a new role added as one file, with no code change', async () => {
    const dir = await tempDir('kb');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    await writeFile(
      path.join(dir, 'roles', 'drone-pilot.md'),
      [
        '---',
        'id: drone-pilot',
        'type: role',
        'title: Drone Pilot',
        'aliases: [uav operator]',
        'summary: Flies survey drones over city infrastructure.',
        'skills: [robotics]',
        'related: [robotics-specialist]',
        'source: team',
        '---',
        'Drone pilots fly and maintain survey drones.',
      ].join('\n'),
    );
    const kb = await loadKnowledge(dir);
    expect(kb.byId.get('drone-pilot')?.type).toBe('role');
  });

  it('makes the CLI exit non-zero with the path and the field', async () => {
    const dir = await knowledgeWith('roles/urban-mechanic.md', (t) =>
      t.replace('skills: [', 'skills: [no-such-skill, '),
    );
    const result = await runCli(['ask', 'What is an urban mechanic?'], {
      env: { CAREER_BOT_KNOWLEDGE_DIR: dir, CAREER_BOT_CACHE_DIR: await tempDir('cache') },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('urban-mechanic.md');
    expect(result.stderr).toContain('skills.0');
    expect(result.stdout).toBe('');
  });
});
