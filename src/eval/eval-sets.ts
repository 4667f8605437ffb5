import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';

/**
 * What a question is for, and so how it is scored. Older files say `type` and mark off-topic
 * questions with `decline: true`; both forms are read.
 */
export const EVAL_KINDS = [
  'role',
  'list',
  'fit',
  'compare',
  'skill',
  'fact',
  'offtopic',
  'gap',
  'help',
  'followup',
] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

const rawCase = z
  .object({
    id: z.string(),
    kind: z.enum(EVAL_KINDS).optional(),
    type: z.string().optional(),
    q: z.string().optional(),
    /** Successive messages of one conversation (kind followup); the last one is scored. */
    turns: z.array(z.string()).min(2).optional(),
    top1: z.string().optional(),
    all_in_top3: z.array(z.string()).optional(),
    any_in_top3: z.array(z.string()).optional(),
    text_any: z.array(z.string()).optional(),
    text_min: z.number().int().positive().optional(),
    decline: z.boolean().optional(),
    persona: z.string().optional(),
  })
  .refine((c) => c.q !== undefined || c.turns !== undefined, 'needs "q" or "turns"');

export type AskCase = Omit<z.infer<typeof rawCase>, 'q' | 'turns' | 'kind'> & { kind: EvalKind; turns: string[] };

function normalizeCase(c: z.infer<typeof rawCase>): AskCase {
  const kind: EvalKind =
    c.kind ??
    (c.decline
      ? 'offtopic'
      : c.type === 'skill2role'
        ? 'fit'
        : c.type === 'fact' || c.type === 'skill'
          ? c.type
          : 'role');
  return { ...c, kind, turns: c.turns ?? [c.q!] };
}

export const lookupCase = z.object({ q: z.string(), id: z.string().nullable() });
export type LookupCase = z.infer<typeof lookupCase>;

export interface EvalSet {
  name: string;
  ask: AskCase[];
  lookup: LookupCase[];
}

function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/**
 * Reads every question file (`*.jsonl` except those named `*lookup*`) and every lookup file of a
 * folder into one set; undefined when the folder has none.
 */
export function readEvalSet(name: string, dir: string): EvalSet | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirJsonl(dir);
  const questionFiles = files.filter((f) => !f.includes('lookup'));
  if (questionFiles.length === 0) return undefined;
  return {
    name,
    ask: questionFiles.flatMap((f) => readJsonLines(path.join(dir, f), rawCase).map(normalizeCase)),
    lookup: files.filter((f) => f.includes('lookup')).flatMap((f) => readJsonLines(path.join(dir, f), lookupCase)),
  };
}

function readdirJsonl(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}
