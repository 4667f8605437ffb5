import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CareerBotError } from '../errors.js';

/** The prompt files in use; bump with a new pair of files, never by editing old ones in place. */
export const PROMPT_VERSION = 'v1';

export interface PromptTemplates {
  version: string;
  system: string;
  answer: string;
}

export async function loadPromptTemplates(dir: string, version = PROMPT_VERSION): Promise<PromptTemplates> {
  const read = async (name: string) => {
    const file = path.join(dir, `${name}.${version}.md`);
    try {
      return await readFile(file, 'utf8');
    } catch (err) {
      throw new CareerBotError(`${file}: prompt file cannot be read (LLM mode needs prompts/${name}.${version}.md)`, {
        cause: err,
      });
    }
  };
  return { version, system: await read('system'), answer: await read('answer') };
}

/** Replaces every {{name}} with its value; an unknown placeholder is an error, not silent text. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new CareerBotError(`prompt placeholder {{${name}}} has no value`);
    return value;
  });
}
