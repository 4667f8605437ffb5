import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../src/errors.js';
import { checkKnowledge, type KnowledgeProblem } from '../src/knowledge/check-knowledge.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { KNOWLEDGE_DIR, tempDir } from './support/engine.js';
import { runCli } from './support/run-cli.js';

/** A copy of the real knowledge folder to break. */
async function knowledgeCopy(): Promise<string> {
  const dir = await tempDir('validate');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const target = path.join(dir, file);
  await writeFile(target, change(await readFile(target, 'utf8')));
}

const where = (problems: KnowledgeProblem[], dir: string) =>
  problems.map((p) => `${path.relative(dir, p.file)}: ${p.field}`);

/** Three files broken three ways (bad YAML, an unknown skill, a role copied under a new id) and a `.MD` file. */
let broken: string;
beforeAll(async () => {
  broken = await knowledgeCopy();
  await edit(broken, 'skills/robotics.md', (t) => t.replace('aliases: [', 'aliases: [[unclosed, '));
  await edit(broken, 'roles/urban-mechanic.md', (t) => t.replace('skills: [', 'skills: [no-such-skill, '));
  const copy = (await readFile(path.join(broken, 'roles/cloud-architect.md'), 'utf8')).replace(
    'id: cloud-architect',
    'id: cloud-architect-2',
  );
  await writeFile(path.join(broken, 'roles/cloud-architect-2.md'), copy);
  await writeFile(path.join(broken, 'notes.MD'), '# Notes\n\nIdeas for new roles.\n');
});

describe('checkKnowledge', () => {
  it('reports every problem of the folder at once, each with its file and field', async () => {
    const { kb, problems } = await checkKnowledge(broken);
    expect(kb).toBeUndefined();
    expect(where(problems, broken)).toEqual(
      expect.arrayContaining([
        'skills/robotics.md: front matter',
        'roles/urban-mechanic.md: skills.0',
        'roles/cloud-architect-2.md: title',
        'roles/cloud-architect.md: title',
        'notes.MD: file name',
      ]),
    );
    const byWhere = (w: string) => problems.find((p) => `${path.relative(broken, p.file)}: ${p.field}` === w)!;
    expect(byWhere('skills/robotics.md: front matter').message).toContain('not valid YAML');
    expect(byWhere('roles/urban-mechanic.md: skills.0').message).toContain('"no-such-skill"');
    expect(byWhere('roles/cloud-architect-2.md: title').message).toContain('roles/cloud-architect.md (title)');
    expect(byWhere('roles/cloud-architect.md: title').message).toContain('roles/cloud-architect-2.md (title)');
    expect(byWhere('notes.MD: file name').message).toMatch(/ignores this file.*rename it to notes\.md/);
    expect(problems.filter((p) => !p.blocksLoading).map((p) => p.field)).toEqual(['file name']);
    // Nothing else is blamed: the roles that list the unreadable robotics skill are not reported.
    expect(new Set(problems.map((p) => path.relative(broken, p.file)))).toEqual(
      new Set([
        'skills/robotics.md',
        'roles/urban-mechanic.md',
        'roles/cloud-architect-2.md',
        'roles/cloud-architect.md',
        'notes.MD',
      ]),
    );
  });

  it('lists every schema problem of one file, not only the first', async () => {
    const dir = await knowledgeCopy();
    await edit(dir, 'roles/urban-mechanic.md', (t) =>
      t
        .replace(/^title: .*\n/m, '')
        .replace('id: urban-mechanic', 'id: Urban Mechanic')
        .replace('related:', 'relatd:'),
    );
    const { problems } = await checkKnowledge(dir);
    expect(where(problems, dir)).toEqual(
      expect.arrayContaining([
        'roles/urban-mechanic.md: id',
        'roles/urban-mechanic.md: title',
        'roles/urban-mechanic.md: relatd',
      ]),
    );
  });

  it("counts a role's id read as words as one of its names", async () => {
    const dir = await knowledgeCopy();
    await edit(dir, 'roles/cloud-architect.md', (t) => t.replace('aliases: [', 'aliases: [sdn network programmer, '));
    const { problems } = await checkKnowledge(dir);
    expect(where(problems, dir)).toEqual([
      'roles/cloud-architect.md: aliases.0',
      'roles/sdn-network-programmer.md: id',
    ]);
  });

  it('passes the real knowledge folder with its knowledge base', async () => {
    const { kb, problems } = await checkKnowledge(KNOWLEDGE_DIR);
    expect(problems).toEqual([]);
    expect(kb?.docs.length).toBe(42);
  });

  it('reports a folder that does not exist as one problem', async () => {
    const dir = path.join(await tempDir('validate'), 'missing');
    const { kb, problems } = await checkKnowledge(dir);
    expect(kb).toBeUndefined();
    expect(problems).toMatchObject([
      { file: dir, field: 'directory', message: expect.stringContaining('does not exist') },
    ]);
  });
});

describe('loadKnowledge on the same rules', () => {
  it('names the first problem and counts the others', async () => {
    const err = await loadKnowledge(broken).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(KnowledgeError);
    const { problems } = await checkKnowledge(broken);
    const first = problems.find((p) => p.blocksLoading)!;
    expect((err as KnowledgeError).file).toBe(first.file);
    expect((err as KnowledgeError).field).toBe(first.field);
    expect((err as KnowledgeError).message).toContain(`and ${problems.length - 1} more problems`);
  });

  it('refuses a role copied under a new id with the same title', async () => {
    const dir = await knowledgeCopy();
    await writeFile(
      path.join(dir, 'roles/urban-mechanic-2.md'),
      (await readFile(path.join(dir, 'roles/urban-mechanic.md'), 'utf8')).replace(
        'id: urban-mechanic',
        'id: urban-mechanic-2',
      ),
    );
    await expect(loadKnowledge(dir)).rejects.toThrow(/urban-mechanic.*is also a name in roles\/urban-mechanic/);
  });

  it('still serves a folder whose only problem is an ignored .MD file', async () => {
    const dir = await knowledgeCopy();
    await writeFile(path.join(dir, 'roles', 'drone-pilot.Md'), '---\nid: drone-pilot\n---\nDraft.\n');
    const kb = await loadKnowledge(dir);
    expect(kb.byId.has('drone-pilot')).toBe(false);
    expect(where((await checkKnowledge(dir)).problems, dir)).toEqual(['roles/drone-pilot.Md: file name']);
  });
});

describe('career-bot validate', () => {
  it('exits 1 and prints every problem as path: field: message', async () => {
    const r = await runCli(['validate', broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    for (const [file, field, says] of [
      ['skills/robotics.md', 'front matter', 'is not valid YAML'],
      ['roles/urban-mechanic.md', 'skills.0', '"no-such-skill" is not the id of any skill file'],
      ['roles/cloud-architect-2.md', 'title', '"cloud architect" is also a name in roles/cloud-architect.md (title)'],
      ['roles/cloud-architect.md', 'title', '"cloud architect" is also a name in roles/cloud-architect-2.md (title)'],
      ['notes.MD', 'file name', 'the bot ignores this file'],
    ])
      expect(
        lines.some((l) => l.startsWith(`${path.join(broken, file!)}: ${field}: ${says}`)),
        `${file}: ${field}`,
      ).toBe(true);
    expect(lines.length).toBe((await checkKnowledge(broken)).problems.length);
  });

  it('exits 0 with a one-line summary on the real knowledge folder', async () => {
    const r = await runCli(['validate', KNOWLEDGE_DIR]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${KNOWLEDGE_DIR}: 42 knowledge files, no problems\n`);
  });

  it('says in one line that a folder does not exist', async () => {
    const dir = path.join(await tempDir('validate'), 'missing');
    const r = await runCli(['validate', dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: directory: does not exist[^\n]*\n$`),
    );
  });
});
