import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashKnowledgeFiles, readKnowledge } from '../src/knowledge/check-knowledge.js';
import { folderHashMemo } from '../src/knowledge/folder-hash-memo.js';
import { KNOWLEDGE_DIR, tempDir } from './support/engine.js';

describe('the knowledge folder hash, remembered by file stamps', () => {
  it('is taken from the memo while no file changed; after an edit of the same size, only that file is read', async () => {
    const knowledge = await tempDir('memo-knowledge');
    const cacheDir = await tempDir('memo-cache');
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    // Files just written count as settled here; the default waits two seconds for a coarse clock.
    const memo = folderHashMemo(cacheDir, 0);

    const first = await hashKnowledgeFiles(knowledge, memo);
    expect(first?.texts?.size).toBeGreaterThan(0);
    const second = await hashKnowledgeFiles(knowledge, memo);
    expect(second).toEqual({ hash: first!.hash });
    expect((await hashKnowledgeFiles(knowledge))!.hash).toBe(first!.hash);

    const before = await readKnowledge(knowledge);
    const previous = new Map(
      before.kb!.docs.map((doc) => [doc.path, { hash: before.fileHashes!.get(doc.path)!, doc }]),
    );
    const file = path.join(knowledge, 'roles', 'urban-mechanic.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('civic innovator', 'civic innovatr!'));
    const edited = await hashKnowledgeFiles(knowledge, memo);
    // Only the edited file is read again; the others' hashes are remembered by their stamps.
    expect([...edited!.texts!.keys()]).toEqual([file]);
    expect(edited!.hash).not.toBe(first!.hash);
    const whole = await readKnowledge(knowledge);
    expect(whole.kb?.contentHash).toBe(edited!.hash);
    // Given what the hashing read and remembered, only the edited file is parsed, to the same knowledge.
    const reused = await readKnowledge(knowledge, { previous, texts: edited!.texts!, fileHashes: edited!.fileHashes! });
    expect(reused.parsedFiles).toBe(1);
    expect(reused.kb).toEqual(whole.kb);
  });

  it('does not remember a folder whose files are still settling', async () => {
    const knowledge = await tempDir('memo-fresh');
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    const memo = folderHashMemo(await tempDir('memo-fresh-cache'));
    await hashKnowledgeFiles(knowledge, memo);
    expect((await hashKnowledgeFiles(knowledge, memo))?.texts).toBeDefined();
  });
});
