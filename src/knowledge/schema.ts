import * as z from 'zod';

/** Where a file's content comes from: the seed article, or text the team wrote. */
export const provenance = z.enum(['article', 'team']);
export type Provenance = z.infer<typeof provenance>;

/**
 * The front matter schema, built on first use: only checking a file needs it, and a one-shot `ask`
 * over cached knowledge never checks one (building zod schemas costs a cold start milliseconds).
 */
function buildFrontMatter() {
  const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug such as "urban-mechanic"');

  const nonEmpty = z.string().trim().min(1, 'must not be empty');
  const nameList = z.array(nonEmpty).default([]);

  const common = {
    id: slug,
    title: nonEmpty,
    summary: nonEmpty,
    aliases: nameList,
    source: provenance,
    /** Body sections (by heading) written by the team inside a file whose substance is the article's. */
    team_sections: nameList,
  };

  const roleFrontMatter = z.strictObject({
    ...common,
    type: z.literal('role'),
    skills: z.array(slug).min(1, 'a role lists at least one skill id'),
    related: z.array(slug).default([]),
    backgrounds: nameList,
    /** Skills from other work that carry over ("troubleshooting medical devices"), for career changers. */
    transferable: nameList,
    /** Related but different professions ("customer success manager"): named as the closest role, never as this one. */
    similar: nameList,
  });

  const skillFrontMatter = z.strictObject({ ...common, type: z.literal('skill') });
  const sourceFrontMatter = z.strictObject({
    ...common,
    type: z.literal('source'),
    /** Marks the document that lists all roles or all skills, or says where the knowledge comes from (`origin`). */
    overview: z.enum(['roles', 'skills', 'origin']).optional(),
  });
  return z.discriminatedUnion('type', [roleFrontMatter, skillFrontMatter, sourceFrontMatter]);
}

let built: ReturnType<typeof buildFrontMatter> | undefined;

export function frontMatterSchema(): ReturnType<typeof buildFrontMatter> {
  built ??= buildFrontMatter();
  return built;
}

export type FrontMatter = z.infer<ReturnType<typeof buildFrontMatter>>;
