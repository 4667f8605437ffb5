import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { KnowledgeError } from '../errors.js';
import type { KnowledgeBase, KnowledgeDoc, RoleDoc, SkillDoc, SourceDoc } from './knowledge-base.js';
import { frontMatter } from './schema.js';

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.path.length > 0) return issue.path.map(String).join('.');
  // zod reports unknown keys at the object level; name the keys instead.
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return 'front matter';
}

/** How to name a file in an error: relative to where the command runs when that is shorter. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function parseFile(file: string, raw: string, root: string): KnowledgeDoc {
  const rel = displayPath(file);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter memoises by input text; an empty options object turns that off.
    parsed = matter(raw, {});
  } catch (err) {
    const reason = (err instanceof Error ? err.message.split('\n')[0]! : String(err)).replace(/:\s*$/, '');
    throw new KnowledgeError(rel, 'front matter', `is not valid YAML (${reason})`, { cause: err });
  }
  if (Object.keys(parsed.data).length === 0) {
    throw new KnowledgeError(rel, 'front matter', 'is missing: start the file with a --- YAML block ---');
  }
  const result = frontMatter.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new KnowledgeError(rel, fieldOf(issue), issue.message);
  }
  const body = parsed.content.trim();
  if (body.length === 0) throw new KnowledgeError(rel, 'body', 'is empty: write the content below the front matter');
  const { team_sections: teamSections, ...fields } = result.data;
  return { ...fields, teamSections, body, path: path.relative(root, file) } as KnowledgeDoc;
}

function checkReferences(docs: KnowledgeDoc[], paths: Map<KnowledgeDoc, string>): void {
  const ids = new Map<string, KnowledgeDoc>();
  const where = (doc: KnowledgeDoc) => paths.get(doc)!;
  for (const doc of docs) {
    const clash = ids.get(doc.id);
    if (clash) throw new KnowledgeError(where(doc), 'id', `"${doc.id}" is already used by ${where(clash)}`);
    ids.set(doc.id, doc);
  }
  const has = (id: string, type: KnowledgeDoc['type']) => ids.get(id)?.type === type;
  for (const doc of docs) {
    if (doc.type !== 'role') continue;
    doc.skills.forEach((s, i) => {
      if (!has(s, 'skill'))
        throw new KnowledgeError(where(doc), `skills.${i}`, `"${s}" is not the id of any skill file`);
    });
    doc.related.forEach((r, i) => {
      if (!has(r, 'role'))
        throw new KnowledgeError(where(doc), `related.${i}`, `"${r}" is not the id of any role file`);
      if (r === doc.id) throw new KnowledgeError(where(doc), `related.${i}`, 'a role cannot be related to itself');
    });
  }
}

/**
 * Reads and validates every Markdown file under `dir`. All-or-nothing: the first bad file throws a
 * KnowledgeError naming the file and the field, so a half-valid knowledge base is never served.
 */
export async function loadKnowledge(dir: string): Promise<KnowledgeBase> {
  let files: string[];
  try {
    files = await markdownFiles(dir);
  } catch (err) {
    throw new KnowledgeError(
      dir,
      'directory',
      'cannot be read (set CAREER_BOT_KNOWLEDGE_DIR to the knowledge folder)',
      { cause: err },
    );
  }
  if (files.length === 0) throw new KnowledgeError(dir, 'directory', 'holds no .md knowledge files');

  const hash = createHash('sha256');
  const docs: KnowledgeDoc[] = [];
  const paths = new Map<KnowledgeDoc, string>();
  for (const file of files) {
    const raw = await readFile(file, 'utf8');
    hash.update(path.relative(dir, file)).update('\0').update(raw).update('\0');
    docs.push(parseFile(file, raw, dir));
    paths.set(docs.at(-1)!, displayPath(file));
  }
  checkReferences(docs, paths);
  return {
    docs,
    byId: new Map(docs.map((d) => [d.id, d])),
    roles: docs.filter((d): d is RoleDoc => d.type === 'role'),
    skills: docs.filter((d): d is SkillDoc => d.type === 'skill'),
    sources: docs.filter((d): d is SourceDoc => d.type === 'source'),
    contentHash: hash.digest('hex'),
  };
}
