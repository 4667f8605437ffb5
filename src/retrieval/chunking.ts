import { createHash } from 'node:crypto';
import type { KnowledgeBase, KnowledgeDoc } from '../knowledge/knowledge-base.js';

export interface ChunkMetadata {
  docId: string;
  /** Position of the chunk within its document; 0 is the profile (title, aliases, summary). */
  part: number;
}
/** A passage of a knowledge file, shaped like LangChain's Document so its splitter and stores accept it. */
export interface Chunk {
  pageContent: string;
  metadata: ChunkMetadata;
}

/** Part of the index cache key: changing these re-embeds the knowledge. */
export const CHUNKING = { chunkSize: 480, chunkOverlap: 60, version: 1 } as const;

function profileText(doc: KnowledgeDoc, kb: KnowledgeBase): string {
  const lines = [`${doc.title}.`];
  if (doc.aliases.length) lines.push(`Also called: ${doc.aliases.join(', ')}.`);
  lines.push(doc.summary);
  if (doc.type === 'role') {
    const skills = doc.skills.map((s) => kb.byId.get(s)?.title ?? s);
    lines.push(`Skills: ${skills.join('; ')}.`);
    if (doc.backgrounds.length) lines.push(`Backgrounds: ${doc.backgrounds.join(', ')}.`);
  }
  return lines.join(' ');
}

/** Markdown headings become plain sentences; they are structure, not prose. */
function plainBody(body: string): string {
  return body
    .replace(/^#+\s*(.*)$/gm, '$1:')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a document's chunks, and every index entry made from it, depend on: the document itself and
 * the titles of the skills it lists (its profile chunk and its document-index text name them). Two
 * versions with the same fingerprint index the same, so an edit re-indexes only documents whose
 * fingerprint changed.
 */
export function documentFingerprint(doc: KnowledgeDoc, kb: KnowledgeBase): string {
  // A document is a function of its file's path and bytes: their hash stands for it when known
  // (serializing 18,000 documents to compare them took 0.4 s of an edit at 100,000 chunks).
  const fileHash = kb.fileHashes?.get(doc.path);
  const hash = createHash('sha256').update(fileHash ? `file\0${doc.path}\0${fileHash}` : `doc\0${JSON.stringify(doc)}`);
  if (doc.type === 'role') for (const s of doc.skills) hash.update('\0').update(kb.byId.get(s)?.title ?? s);
  return hash.digest('hex').slice(0, 32);
}

/** Splits every document into a profile chunk plus body chunks, each prefixed with its title. */
export async function chunkKnowledge(kb: KnowledgeBase): Promise<Chunk[]> {
  return (await chunkDocuments(kb, kb.docs)).flat();
}

/** The chunks of some of the knowledge's documents, one list per document, in the order given. */
export async function chunkDocuments(kb: KnowledgeBase, docs: KnowledgeDoc[]): Promise<Chunk[][]> {
  if (docs.length === 0) return [];
  // Loaded here only: the splitter brings LangChain's document stack (~170 ms), and a warm start
  // reads its chunks from the cache instead (chunk-cache.ts).
  const { RecursiveCharacterTextSplitter } = await import('@langchain/textsplitters');
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: CHUNKING.chunkSize,
    chunkOverlap: CHUNKING.chunkOverlap,
    separators: ['. ', '; ', ', ', ' ', ''],
    keepSeparator: true,
  });
  const out: Chunk[][] = [];
  for (const doc of docs) {
    const chunks: Chunk[] = [{ pageContent: profileText(doc, kb), metadata: { docId: doc.id, part: 0 } }];
    const parts = await splitter.splitText(plainBody(doc.body));
    parts.forEach((text, i) => {
      chunks.push({ pageContent: `${doc.title}: ${text.trim()}`, metadata: { docId: doc.id, part: i + 1 } });
    });
    out.push(chunks);
  }
  return out;
}
