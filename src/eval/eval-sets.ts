import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** One question of a development or team evaluation set; which fields are present says how it is scored. */
export const askCase = z.object({
  id: z.string(),
  type: z.string(),
  q: z.string(),
  top1: z.string().optional(),
  all_in_top3: z.array(z.string()).optional(),
  any_in_top3: z.array(z.string()).optional(),
  text_any: z.array(z.string()).optional(),
  text_min: z.number().int().positive().optional(),
  decline: z.boolean().optional(),
});
export type AskCase = z.infer<typeof askCase>;

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

/** Reads `dev.jsonl` and `lookup.jsonl` from a folder, if it has them. */
export function readEvalSet(name: string, dir: string): EvalSet | undefined {
  const dev = path.join(dir, 'dev.jsonl');
  if (!existsSync(dev)) return undefined;
  const lookup = path.join(dir, 'lookup.jsonl');
  return {
    name,
    ask: readJsonLines(dev, askCase),
    lookup: existsSync(lookup) ? readJsonLines(lookup, lookupCase) : [],
  };
}
