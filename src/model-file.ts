import { readFileSync } from 'node:fs';
import type * as z from 'zod';

/**
 * A fitted model's weights, read from its JSON file: one that does not match the schema is
 * rejected with the file and the first field that is wrong, so whoever edited it knows where to look.
 */
export function readModelFile<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
}
